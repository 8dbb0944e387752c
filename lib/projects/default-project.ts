/**
 * The project every database made before projects existed was migrated into (the migration
 * `20261207044558_projects` creates it, with the six kinds the app had then). Articles imported
 * without naming a project land in it, so an instance that never makes a second project works
 * as it always did.
 */
export const DEFAULT_PROJECT_ID = "default";
