import type { AuditHeadTable, AuditLogTable } from '../features/audit/audit.table.js';
import type { LoginAttemptTable } from '../features/auth/lockout.table.js';
import type { SessionTable } from '../features/auth/session.table.js';
import type { ImportJobTable } from '../features/enterprise-import/import-job.table.js';
import type { EnterpriseChangeRequestTable } from '../features/enterprises/change-requests/change-request.table.js';
import type {
  EnterpriseClassificationTable,
  EnterpriseContactTable,
  EnterpriseTable,
  FourAboveThresholdTable,
} from '../features/enterprises/enterprise.table.js';
import type {
  EnterpriseSearchGramTable,
  EnterpriseSearchTable,
} from '../features/enterprises/enterprise-search.table.js';
import type { IndustryCodeTable } from '../features/industries/industry.table.js';
import type {
  ContestTargetTable,
  InvestmentMethodTable,
  InvestmentSettingsTable,
  LeadAccessScreeningTable,
  LeadActivityTable,
  LeadAttachmentTable,
  LeadSavedFilterTable,
  LeadStageMoveTable,
  LeadTable,
} from '../features/investment/investment.table.js';
import type { NotificationOutboxTable, NotificationTable } from '../features/notifications/notification.table.js';
import type { OrgUnitTable } from '../features/org-units/org-unit.table.js';
import type {
  BuildingOccupancyTable,
  FactoryBuildingTable,
  ParcelTable,
  StandardLandIndicatorTable,
} from '../features/parcels/parcel.table.js';
import type {
  AgencyItemFileTable,
  AgencyItemStepTable,
  AgencyItemTable,
} from '../features/projects/agency/agency.table.js';
import type {
  InstructionRecipientTable,
  InstructionTable,
} from '../features/projects/instructions/instruction.table.js';
import type {
  ProjectInvestmentMonthTable,
  ProjectInvestmentPlanTable,
} from '../features/projects/investment/investment-month.table.js';
import type {
  MeetingAgendaItemTable,
  MeetingAttendeeTable,
  MeetingOutcomeTable,
  MeetingSeriesTable,
  MeetingTable,
} from '../features/projects/meetings/meeting.table.js';
import type {
  CalendarOverrideTable,
  MilestoneDependencyTable,
  MilestoneFileTable,
  ProjectMilestoneTable,
  ProjectPhaseTable,
  ProjectSettingsTable,
  ProjectTable,
} from '../features/projects/project.table.js';
import type { ProjectChangeTable } from '../features/projects/project-change.table.js';
import type { UserOrgUnitTable, UserParkTable, UserTable, UserZoneRoleTable } from '../features/users/user.table.js';
import type { ParkTable, ZoneTable } from '../features/zones/zone.table.js';

/** The whole database as Kysely sees it, composed from each feature's table types. */
export interface Database {
  zones: ZoneTable;
  parks: ParkTable;
  orgUnits: OrgUnitTable;
  enterprises: EnterpriseTable;
  enterpriseContacts: EnterpriseContactTable;
  enterpriseClassifications: EnterpriseClassificationTable;
  fourAboveThresholds: FourAboveThresholdTable;
  enterpriseSearch: EnterpriseSearchTable;
  enterpriseSearchGrams: EnterpriseSearchGramTable;
  industryCodes: IndustryCodeTable;
  importJobs: ImportJobTable;
  parcels: ParcelTable;
  standardLandIndicators: StandardLandIndicatorTable;
  factoryBuildings: FactoryBuildingTable;
  buildingOccupancies: BuildingOccupancyTable;
  users: UserTable;
  userZoneRoles: UserZoneRoleTable;
  userOrgUnits: UserOrgUnitTable;
  userParks: UserParkTable;
  sessions: SessionTable;
  loginAttempts: LoginAttemptTable;
  auditLog: AuditLogTable;
  auditHead: AuditHeadTable;
  investmentMethods: InvestmentMethodTable;
  investmentSettings: InvestmentSettingsTable;
  leads: LeadTable;
  leadStageMoves: LeadStageMoveTable;
  leadActivities: LeadActivityTable;
  leadAccessScreenings: LeadAccessScreeningTable;
  leadAttachments: LeadAttachmentTable;
  contestTargets: ContestTargetTable;
  leadSavedFilters: LeadSavedFilterTable;
  projectSettings: ProjectSettingsTable;
  calendarOverrides: CalendarOverrideTable;
  projects: ProjectTable;
  projectPhases: ProjectPhaseTable;
  projectMilestones: ProjectMilestoneTable;
  milestoneDependencies: MilestoneDependencyTable;
  milestoneFiles: MilestoneFileTable;
  agencyItems: AgencyItemTable;
  agencyItemSteps: AgencyItemStepTable;
  agencyItemFiles: AgencyItemFileTable;
  projectChanges: ProjectChangeTable;
  notifications: NotificationTable;
  notificationOutbox: NotificationOutboxTable;
  projectInvestmentMonths: ProjectInvestmentMonthTable;
  projectInvestmentPlans: ProjectInvestmentPlanTable;
  meetingSeries: MeetingSeriesTable;
  meetings: MeetingTable;
  meetingAttendees: MeetingAttendeeTable;
  meetingAgendaItems: MeetingAgendaItemTable;
  meetingOutcomes: MeetingOutcomeTable;
  instructions: InstructionTable;
  instructionRecipients: InstructionRecipientTable;
  enterpriseChangeRequests: EnterpriseChangeRequestTable;
}
