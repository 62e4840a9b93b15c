// An agency officer sees exactly the institutions actively enrolled in the programmes of their
// agency: no more (tenant isolation), no fewer.
import { apiLogin, gatewayRequest, sql } from './support/backend';
import { byTestId, expectPath, expectText, loginAs } from './support/admin-app';
import { describe, expect, test } from './support/fixtures';

const NOT_ENROLLED_WITH_MOE = '重庆文化艺术职业学院';

/** Institutions with an ACTIVE enrolment in a programme of the agency, straight from the database. */
async function enrolledInstitutionNames(agencyCode: string): Promise<string[]> {
  const rows = await sql<{ name: string }>(
    `select distinct i.name
       from institution i
       join enrolment e on e.tenant_id = i.id
       join programme p on p.id = e.programme_id
       join agency a on a.id = p.agency_id
      where a.code = $1 and e.status = 'ACTIVE'
      order by i.name`,
    [agencyCode],
  );
  return rows.map((row) => row.name);
}

const sorted = (names: Iterable<string>): string[] => [...names].sort();

describe('agency officer: enrolled institutions', () => {
  test('教育部 officer sees exactly the institutions enrolled in its programme', async ({ page }) => {
    const expected = await enrolledInstitutionNames('MOE');
    // The demo data has several; an empty expectation would make the comparison below meaningless.
    expect(expected.length).toBeGreaterThan(0);
    expect(expected).not.toContain(NOT_ENROLLED_WITH_MOE);

    // The gateway, asked as the same user, agrees with the database.
    const token = await apiLogin('moe.officer', 'Shuanggao@2026');
    const api = await gatewayRequest<{ institutions: { edges: { node: { name: string } }[] } }>(
      '{ institutions(first: 100) { edges { node { name } } } }',
      {},
      { token },
    );
    expect(api.errors).toBeUndefined();
    expect(sorted(api.data!.institutions.edges.map((edge) => edge.node.name))).toEqual(expected);

    await loginAs(page, 'moe.officer');
    await byTestId(page, 'menu-Institutions').click();
    await expectPath(page, '/institutions');

    const table = byTestId(page, 'institutions-table');
    const names = table.locator('tbody tr.el-table__row [data-testid="institution-name"]');
    // Rows arrive asynchronously; wait for the full set rather than for a fixed time.
    await expect
      .poll(async () => sorted((await names.allInnerTexts()).map((name) => name.trim())), { timeout: 15_000, interval: 100 })
      .toEqual(expected);
    // One row per institution, and nothing is still loading or left to load.
    expect(await table.locator('tbody tr.el-table__row').count()).toBe(expected.length);
    expect(await byTestId(page, 'load-more').count()).toBe(0);
    await expectText(byTestId(page, 'list-summary'), `已加载 ${expected.length} 条，共 ${expected.length} 条`);
    expect(await names.allInnerTexts()).not.toContain(NOT_ENROLLED_WITH_MOE);
  });
});
