import { organisationEntities } from '@dsg/server-organisations';
import { identityEntities } from '@dsg/server-identity';
import { taskBookEntities } from '@dsg/server-task-book';
import { reportingEntities } from '@dsg/server-reporting';
import { evidenceEntities } from '@dsg/server-evidence';

/** Every feature's entities (core adds its own in ormOptions). Shared by gateway, worker and CLI. */
export const featureEntities = [...organisationEntities, ...identityEntities, ...taskBookEntities, ...evidenceEntities, ...reportingEntities];
