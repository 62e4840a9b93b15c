import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { Db, loadConfig, ormOptions, runMigrations, verifyAuditChain } from '@dsg/server-core';
import { featureEntities } from './entities.js';
import { seedDemo } from './seed/seed-demo.js';
import { demoLoginsTable } from './seed/demo-users.js';

/**
 * Operations commands, each its own process: `migrate` (owner role), `seed` (idempotent demo data,
 * app role through the logged bypass), `audit:verify` (recomputes the audit chain; exit 2 if broken).
 */
async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
  switch (command) {
    case 'migrate': {
      const applied = await runMigrations(config.databaseOwnerUrl, featureEntities);
      console.log(applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}` : 'database is up to date');
      return 0;
    }
    case 'seed': {
      const orm = await MikroORM.init(ormOptions(config.databaseUrl, featureEntities));
      try {
        const report = await seedDemo(new Db(orm));
        console.log(`demo data ready; created ${JSON.stringify(report.created)}`);
        if (process.argv.includes('--print-logins')) console.log(demoLoginsTable);
      } finally {
        await orm.close();
      }
      return 0;
    }
    case 'audit:verify': {
      const report = await verifyAuditChain(config.databaseOwnerUrl);
      if (!report.firstBreak) {
        console.log(`audit log intact: ${report.entries} entries in ${report.chains} chain(s)`);
        return 0;
      }
      const b = report.firstBreak;
      console.error(`audit log BROKEN at chain ${b.chainKey} position ${b.chainPos} (entry ${b.id}): ${b.reason}`);
      return 2;
    }
    default:
      console.error('usage: cli.js migrate | seed [--print-logins] | audit:verify');
      return 64;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
