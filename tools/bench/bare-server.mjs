// The baseline: node:http + pg, answering the same two operations with the same JSON from the
// same SQL the gateway issues (captured with DB_DEBUG=1, plus the pool hook's set_config on each
// connection reservation: `me` one select; the list page and count in parallel), and the same
// JWT verification. No framework, no GraphQL. Keep in step with the gateway (check with DB_DEBUG=1).
import http from 'node:http';
import pg from 'pg';
import { jwtVerify } from 'jose';

const port = Number(process.env.BARE_PORT ?? 3101);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_MAX ?? 10) });
const key = new TextEncoder().encode(process.env.JWT_SECRET);

const SET_SESSION =
  "select set_config('app.user_id', $1, false), set_config('app.tenant_id', $2, false), " +
  "set_config('app.agency_id', $3, false), set_config('app.bypass', $4, false)";

/** A connection with the RLS settings written on reservation, as the gateway's pool hook does. */
async function reserve(claims) {
  const c = await pool.connect();
  await c.query(SET_SESSION, [claims.sub, claims.tid ?? '', claims.aid ?? '', 'off']);
  return c;
}

async function one(claims, sql, params) {
  const c = await reserve(claims);
  try {
    return (await c.query(sql, params)).rows;
  } finally {
    c.release();
  }
}

async function me(claims) {
  const users = await one(claims, 'select u0.* from user_account as u0 where u0.id = $1 limit 1', [claims.sub]);
  const u = users[0];
  return { data: { me: { user: { id: u.id, username: u.username, displayName: u.display_name } } } };
}

async function departments(claims) {
  const [rows, count] = await Promise.all([
    one(claims, 'select d0.* from department as d0 where d0.tenant_id = $1 and d0.tenant_id = $1 order by d0.code asc, d0.id asc limit 21', [claims.tid]),
    one(claims, 'select count(*) as count from department as d0 where d0.tenant_id = $1 and d0.tenant_id = $1', [claims.tid]),
  ]);
  const page = rows.slice(0, 20);
  const cursor = (d) => Buffer.from(JSON.stringify([d.code, d.id])).toString('base64url');
  return {
    data: {
      departments: {
        totalCount: Number(count[0].count),
        edges: page.map((d) => ({ node: { id: d.id, code: d.code, name: d.name }, cursor: cursor(d) })),
      },
    },
  };
}

http
  .createServer(async (req, res) => {
    try {
      const auth = req.headers.authorization ?? '';
      const { payload } = await jwtVerify(auth.slice(7), key, { issuer: 'dsg-gateway', audience: 'dsg', algorithms: ['HS256'] });
      let body = '';
      for await (const chunk of req) body += chunk;
      const { query } = JSON.parse(body);
      const out = query.includes('departments') ? await departments(payload) : await me(payload);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(out));
    } catch (e) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: String(e) }] }));
    }
  })
  .listen(port, '127.0.0.1', () => console.log(`bare server on ${port}`));
