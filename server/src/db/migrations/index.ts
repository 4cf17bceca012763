import type { Migration } from 'kysely';
import * as createZones from './20261129T1400_create_zones.js';
import * as createParks from './20261129T1401_create_parks.js';
import * as createOrgUnits from './20261129T1402_create_org_units.js';
import * as createEnterprises from './20261129T1403_create_enterprises.js';
import * as createParcels from './20261129T1404_create_parcels.js';
import * as createUsers from './20261129T1405_create_users.js';
import * as createUserMemberships from './20261129T1406_create_user_memberships.js';
import * as createSessions from './20261129T1407_create_sessions.js';
import * as createLoginFailures from './20261129T1408_create_login_failures.js';
import * as createAuditLog from './20261129T1409_create_audit_log.js';
import * as createIndustryCodes from './20261129T1500_create_industry_codes.js';
import * as extendEnterprises from './20261129T1501_extend_enterprises.js';
import * as createEnterpriseContacts from './20261129T1502_create_enterprise_contacts.js';
import * as createEnterpriseClassifications from './20261129T1503_create_enterprise_classifications.js';
import * as createFourAboveThresholds from './20261129T1504_create_four_above_thresholds.js';
import * as extendParcels from './20261129T1505_extend_parcels.js';
import * as createFactoryBuildings from './20261129T1506_create_factory_buildings.js';
import * as createEnterpriseSearch from './20261129T1507_create_enterprise_search.js';
import * as createImportJobs from './20261129T1512_create_import_jobs.js';
import * as rebuildEnterpriseSearchGrams from './20261129T1513_rebuild_enterprise_search_grams.js';
import * as addImportJobsStartedAt from './20261129T1514_add_import_jobs_started_at.js';
import * as createInvestmentMethods from './20261129T1600_create_investment_methods.js';
import * as createInvestmentSettings from './20261129T1601_create_investment_settings.js';
import * as createLeads from './20261129T1602_create_leads.js';
import * as createLeadStageMoves from './20261129T1603_create_lead_stage_moves.js';
import * as createLeadActivities from './20261129T1604_create_lead_activities.js';
import * as createLeadAccessScreenings from './20261129T1605_create_lead_access_screenings.js';
import * as createLeadAttachments from './20261129T1606_create_lead_attachments.js';
import * as createContestTargets from './20261129T1607_create_contest_targets.js';
import * as createLeadSavedFilters from './20261129T1608_create_lead_saved_filters.js';
import * as addInvestmentContestIndexes from './20261129T1610_add_investment_contest_indexes.js';
import * as createProjectSettings from './20261129T1700_create_project_settings.js';
import * as createProjects from './20261129T1701_create_projects.js';
import * as createProjectMilestones from './20261129T1702_create_project_milestones.js';
import * as createAgencyItems from './20261129T1710_create_agency_items.js';
import * as createProjectChanges from './20261129T1720_create_project_changes.js';
import * as createNotifications from './20261129T1730_create_notifications.js';
import * as createProjectInvestment from './20261129T1740_create_project_investment.js';
import * as createMeetings from './20261129T1750_create_meetings.js';
import * as addUserMobile from './20261129T1800_add_user_mobile.js';
import * as addEnterpriseVersion from './20261207T1000_add_enterprise_version.js';
import * as createLoginAttempts from './20261207T1020_create_login_attempts.js';
import * as dropLoginFailures from './20261207T1021_drop_login_failures.js';
import * as keyAuditChain from './20261207T1060_key_audit_chain.js';
import * as addMeetingPlaceKind from './20261207T1120_add_meeting_place_kind.js';
import * as createInstructions from './20261207T1121_create_instructions.js';
import * as addEnterpriseProfileFields from './20261207T1130_add_enterprise_profile_fields.js';
import * as createEnterpriseChangeRequests from './20261207T1131_create_enterprise_change_requests.js';
import * as addAgencyItemState from './20261207T1140_add_agency_item_state.js';
import * as createAgencyItemSteps from './20261207T1141_create_agency_item_steps.js';
import * as createAgencyItemFiles from './20261207T1142_create_agency_item_files.js';
import * as addNameSearchKeys from './20261207T1150_add_name_search_keys.js';

/**
 * Every migration, by its timestamped name. Listed statically (not read from the folder) so the
 * same list runs under tsx, in tests and in a bundle. Add new ones at the end; never edit old ones.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '20261129T1400_create_zones': createZones,
  '20261129T1401_create_parks': createParks,
  '20261129T1402_create_org_units': createOrgUnits,
  '20261129T1403_create_enterprises': createEnterprises,
  '20261129T1404_create_parcels': createParcels,
  '20261129T1405_create_users': createUsers,
  '20261129T1406_create_user_memberships': createUserMemberships,
  '20261129T1407_create_sessions': createSessions,
  '20261129T1408_create_login_failures': createLoginFailures,
  '20261129T1409_create_audit_log': createAuditLog,
  '20261129T1500_create_industry_codes': createIndustryCodes,
  '20261129T1501_extend_enterprises': extendEnterprises,
  '20261129T1502_create_enterprise_contacts': createEnterpriseContacts,
  '20261129T1503_create_enterprise_classifications': createEnterpriseClassifications,
  '20261129T1504_create_four_above_thresholds': createFourAboveThresholds,
  '20261129T1505_extend_parcels': extendParcels,
  '20261129T1506_create_factory_buildings': createFactoryBuildings,
  '20261129T1507_create_enterprise_search': createEnterpriseSearch,
  '20261129T1512_create_import_jobs': createImportJobs,
  '20261129T1513_rebuild_enterprise_search_grams': rebuildEnterpriseSearchGrams,
  '20261129T1514_add_import_jobs_started_at': addImportJobsStartedAt,
  '20261129T1600_create_investment_methods': createInvestmentMethods,
  '20261129T1601_create_investment_settings': createInvestmentSettings,
  '20261129T1602_create_leads': createLeads,
  '20261129T1603_create_lead_stage_moves': createLeadStageMoves,
  '20261129T1604_create_lead_activities': createLeadActivities,
  '20261129T1605_create_lead_access_screenings': createLeadAccessScreenings,
  '20261129T1606_create_lead_attachments': createLeadAttachments,
  '20261129T1607_create_contest_targets': createContestTargets,
  '20261129T1608_create_lead_saved_filters': createLeadSavedFilters,
  '20261129T1610_add_investment_contest_indexes': addInvestmentContestIndexes,
  '20261129T1700_create_project_settings': createProjectSettings,
  '20261129T1701_create_projects': createProjects,
  '20261129T1702_create_project_milestones': createProjectMilestones,
  '20261129T1710_create_agency_items': createAgencyItems,
  '20261129T1720_create_project_changes': createProjectChanges,
  '20261129T1730_create_notifications': createNotifications,
  '20261129T1740_create_project_investment': createProjectInvestment,
  '20261129T1750_create_meetings': createMeetings,
  '20261129T1800_add_user_mobile': addUserMobile,
  '20261207T1000_add_enterprise_version': addEnterpriseVersion,
  '20261207T1020_create_login_attempts': createLoginAttempts,
  '20261207T1021_drop_login_failures': dropLoginFailures,
  '20261207T1060_key_audit_chain': keyAuditChain,
  '20261207T1120_add_meeting_place_kind': addMeetingPlaceKind,
  '20261207T1121_create_instructions': createInstructions,
  '20261207T1130_add_enterprise_profile_fields': addEnterpriseProfileFields,
  '20261207T1131_create_enterprise_change_requests': createEnterpriseChangeRequests,
  '20261207T1140_add_agency_item_state': addAgencyItemState,
  '20261207T1141_create_agency_item_steps': createAgencyItemSteps,
  '20261207T1142_create_agency_item_files': createAgencyItemFiles,
  '20261207T1150_add_name_search_keys': addNameSearchKeys,
};
