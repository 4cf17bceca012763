export { type MenuEntry, MODULES, type ModuleDefinition, menuFor } from './modules.js';
export { GRANTS, hasPermission, PERMISSIONS, type Permission, rolesWith } from './permissions.js';
export { DEMO_USERNAME_BY_ROLE, isRole, ROLES, type Role } from './roles.js';
