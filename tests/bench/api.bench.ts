/**
 * The api under load, next to the same work done with bare SQL in the same process:
 *   1. request + approve moves over HTTP from 8 concurrent clients, and the same writes with `pg`;
 *   2. the case list filtered by region subtree and stage, sorted by last update, with its total,
 *      and the same query in SQL;
 *   3. the api's resident memory at the end.
 * It also reads, from /proc, the CPU time each move costs the api, PostgreSQL and the clients here,
 * which all share the machine's cores: their sum bounds the move rate any tuning could reach.
 * It seeds 100,000 cases and 1,000,000 history events into a database of its own (dropped at the
 * end) and runs the built api (`npx nx run api:build` first). The last line is JSON.
 */
import { loadConfig } from '@berdaya/config';
import { prepareDatabase } from '@berdaya/db';
import { dropDatabase, freshDatabaseUrl } from '@berdaya/db/testing';
import { allowedEvents, start, transition } from '@berdaya/workflow';
import { readdirSync, readFileSync } from 'node:fs';
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { BUILT_MAIN, BuiltApp } from '../support/built-app';
import {
  BENCH_APPROACH,
  BENCH_DEFINITION as def,
  BENCH_INTAKE,
  publishBenchDefinition,
} from './bench-seed';
import { freePort } from '../support/free-port';

// The api runs as deployed: with the node arguments the launcher and the Dockerfile give it.
const API_NODE_ARGS = JSON.parse(
  readFileSync(resolve(__dirname, '../../apps/api/node-args.json'), 'utf8'),
) as string[];
const CASES = 100_000;
const EVENTS_PER_CASE = 10;
const CLIENTS = 8;
const MOVE_SECONDS = 10;
const LIST_REQUESTS = 200;
const ADMIN = { email: 'bench-admin@berdaya.test', password: 'bench-admin-password' };
const PASSWORD = 'bench-user-password';

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? 0
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

async function seed(pool: Pool): Promise<{ regencyId: string; programId: string }> {
  const snapshot = start(def);
  const intake = BENCH_INTAKE;
  const { approach, reason } = BENCH_APPROACH;
  await publishBenchDefinition(pool);
  // 1 province, 4 regencies, 8 districts, 200 villages: the shape of the demo foundation.
  await pool.query(
    `INSERT INTO regions (code, path, name, level) VALUES ('33', '33', 'Jawa Tengah', 'province')`,
  );
  await pool.query(`
    INSERT INTO regions (code, path, name, level, parent_id)
    SELECT '33.' || lpad(r::text, 2, '0'), '33.' || lpad(r::text, 2, '0'), 'Kabupaten ' || r, 'regency',
           (SELECT id FROM regions WHERE code = '33')
    FROM generate_series(1, 4) r`);
  await pool.query(`
    INSERT INTO regions (code, path, name, level, parent_id)
    SELECT p.code || '.' || lpad(d::text, 2, '0'), p.code || '.' || lpad(d::text, 2, '0'), 'Kecamatan ' || p.code || d, 'district', p.id
    FROM regions p, generate_series(1, 2) d WHERE p.level = 'regency'`);
  await pool.query(`
    INSERT INTO regions (code, path, name, level, parent_id)
    SELECT p.code || '.' || (1000 + v), p.code || '.' || (1000 + v), 'Desa ' || p.code || '.' || v, 'village', p.id
    FROM regions p, generate_series(1, 25) v WHERE p.level = 'district'`);
  const program = await pool.query<{ id: string }>(
    `INSERT INTO programs (name, workflow_definition_id, workflow_definition_version) VALUES ('Bench', $1, $2) RETURNING id`,
    [def.id, def.version],
  );
  const programId = program.rows[0].id;
  await pool.query(
    `INSERT INTO cases (program_id, region_id, group_name, group_type, approach, recommended_approach,
       approach_reason, intake, workflow_definition_id, workflow_definition_version, snapshot, stage,
       stage_entered_at, started_on, updated_at)
     SELECT $1, v.ids[1 + g % array_length(v.ids, 1)], 'Kelompok ' || g, 'farmers', $2, $2, $3, $4, $5, $6, $7,
            'intake', now(), current_date, now() - make_interval(mins => g)
     FROM generate_series(1, $8::int) g, (SELECT array_agg(id ORDER BY code) ids FROM regions WHERE level = 'village') v`,
    [programId, approach, reason, intake, def.id, def.version, snapshot, CASES],
  );
  await pool.query(
    `INSERT INTO case_events (case_id, type, payload, occurred_at)
     SELECT c.id, (ARRAY['created','approachChosen','visitPlanned','visitLogged','goalSet'])[1 + s % 5], '{}',
            c.created_at + make_interval(days => s)
     FROM cases c, generate_series(1, $1::int) s`,
    [EVENTS_PER_CASE],
  );
  // What autovacuum does to a table in steady use, done at once after the bulk load: statistics for
  // the planner, and the visibility map that lets an index answer a count on its own.
  await pool.query('VACUUM ANALYZE');
  const regency = await pool.query<{ id: string }>(`SELECT id FROM regions WHERE code = '33.02'`);
  return { regencyId: regency.rows[0].id, programId };
}

// node:http with kept-alive sockets rather than fetch: the clients share the machine's two cores
// with the api and PostgreSQL, and fetch spends about twice the CPU per request.
const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });

function call(
  baseUrl: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ json: unknown; headers: IncomingHttpHeaders }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      `${baseUrl}${path}`,
      {
        method,
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          ...(payload !== undefined && {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
          }),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const status = response.statusCode ?? 0;
          if (status >= 400) {
            reject(new Error(`${method} ${path} answered ${status}: ${text}`));
            return;
          }
          resolve({
            json: text ? (JSON.parse(text) as unknown) : undefined,
            headers: response.headers,
          });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in of ${email} answered ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** Runs `work` on each of `clients` workers for `seconds`, taking case ids from one queue. */
async function load(caseIds: string[], seconds: number, work: (caseId: string) => Promise<void>) {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  const begin = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let id = caseIds.pop(); id && performance.now() < deadline; id = caseIds.pop()) {
        const t = performance.now();
        await work(id);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - begin) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    count: latencies.length,
  };
}

/** Where the two cores go during the moves: CPU time of the api, PostgreSQL and this process. */
interface CpuReading {
  apiMs: number;
  postgresMs: Map<string, number>;
  clientMs: number;
}

// /proc/<pid>/stat counts in clock ticks: 100 a second on Linux for x86 and arm.
const TICK_MS = 10;

function processCpuMs(pid: string | number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return undefined; // gone meanwhile
  }
}

function cpuNow(apiPid: number | undefined): CpuReading {
  const postgresMs = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    const ms = comm === 'postgres' ? processCpuMs(pid) : undefined;
    if (ms !== undefined) postgresMs.set(pid, ms);
  }
  const { user, system } = process.cpuUsage();
  return {
    apiMs: apiPid === undefined ? 0 : (processCpuMs(apiPid) ?? 0),
    postgresMs,
    clientMs: (user + system) / 1000,
  };
}

/** CPU milliseconds per move between two readings (a PostgreSQL backend gone by then is lost). */
function cpuSince(before: CpuReading, after: CpuReading, moves: number) {
  let postgresMs = 0;
  for (const [pid, ms] of after.postgresMs) postgresMs += ms - (before.postgresMs.get(pid) ?? 0);
  const perMove = (ms: number) => round(ms / Math.max(moves, 1), 2);
  return {
    api: perMove(after.apiMs - before.apiMs),
    postgres: perMove(postgresMs),
    client: perMove(after.clientMs - before.clientMs),
  };
}

async function main(): Promise<void> {
  const databaseUrl = freshDatabaseUrl();
  const pool = new Pool({ connectionString: databaseUrl, max: CLIENTS });
  let api: BuiltApp | undefined;
  try {
    const prepared = await prepareDatabase({ databaseUrl });
    await prepared.destroy();
    let t = performance.now();
    const { regencyId, programId } = await seed(pool);
    console.log(
      `seeded ${CASES.toLocaleString('en')} cases and ${(CASES * EVENTS_PER_CASE).toLocaleString('en')} events in ${round((performance.now() - t) / 1000)} s`,
    );

    const port = await freePort();
    const { redisUrl } = loadConfig(process.env);
    api = BuiltApp.start(
      BUILT_MAIN.api,
      {
        NODE_ENV: 'production',
        JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        REDIS_URL: redisUrl,
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        LOG_LEVEL: 'warn',
      },
      API_NODE_ARGS,
    );
    const baseUrl = `http://127.0.0.1:${port}`;
    await api.waitForHttp(`${baseUrl}/api/health`, 60_000);
    const admin = await signIn(baseUrl, ADMIN.email, ADMIN.password);
    const province = (await pool.query<{ id: string }>(`SELECT id FROM regions WHERE code = '33'`))
      .rows[0].id;
    const people: Record<string, string> = {};
    for (const role of ['facilitator', 'supervisor'] as const) {
      const email = `bench-${role}@berdaya.test`;
      await call(baseUrl, admin, 'POST', '/api/users', {
        email,
        fullName: `Bench ${role}`,
        role,
        locale: 'id',
        password: PASSWORD,
        programIds: [programId],
        regionIds: [province],
      });
      people[role] = await signIn(baseUrl, email, PASSWORD);
    }
    const checklist = allowedEvents(def, start(def)).find((e) => e.event === 'ADVANCE')!.checklist;
    const ids = (
      await pool.query<{ id: string }>(`SELECT id FROM cases ORDER BY id LIMIT 60000`)
    ).rows.map((r) => r.id);

    // 1. Moves: the api (request, then approve) and the same rows written with bare SQL.
    const cpuBefore = cpuNow(api.pid);
    const viaApi = await load(ids.slice(0, 30_000), MOVE_SECONDS, async (caseId) => {
      const request = await call(
        baseUrl,
        people.facilitator,
        'POST',
        `/api/cases/${caseId}/transitions`,
        { event: 'ADVANCE', checklist, expectedVersion: 1 },
      );
      await call(
        baseUrl,
        people.supervisor,
        'POST',
        `/api/transition-requests/${(request.json as { id: string }).id}/approve`,
        {},
      );
    });
    const cpuPerMove = cpuSince(cpuBefore, cpuNow(api.pid), viaApi.count);
    const target = transition(def, start(def), 'ADVANCE', { checklist });
    if (!target.ok) throw new Error(target.message);
    const viaSql = await load(ids.slice(30_000), MOVE_SECONDS, async (caseId) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const request = await client.query<{ id: string }>(
          `INSERT INTO transition_requests (case_id, event, from_stage, to_stage, requested_by, checklist, case_version, remind_at, escalate_at, expire_at)
           SELECT $1, 'ADVANCE', 'intake', $2, id, $3, 1, now() + interval '3 days', now() + interval '7 days', now() + interval '14 days' FROM users WHERE role = 'facilitator' RETURNING id`,
          [caseId, target.to, checklist],
        );
        await client.query(
          `INSERT INTO case_events (case_id, type, from_stage, to_stage, event) VALUES ($1, 'transitionRequested', 'intake', $2, 'ADVANCE')`,
          [caseId, target.to],
        );
        await client.query(
          `INSERT INTO outbox (queue, job_name, payload) VALUES ('notifications', 'notifications.approvalWaiting', $1)`,
          [{ requestId: request.rows[0].id }],
        );
        await client.query('COMMIT');
        await client.query('BEGIN');
        await client.query(`SELECT id FROM transition_requests WHERE id = $1 FOR UPDATE`, [
          request.rows[0].id,
        ]);
        const updated = await client.query(
          `UPDATE cases SET snapshot = $2, stage = $3, stage_entered_at = now(), version = version + 1, updated_at = now() WHERE id = $1 AND version = 1`,
          [caseId, target.snapshot, target.to],
        );
        if (updated.rowCount !== 1) throw new Error('lost a move');
        await client.query(
          `UPDATE transition_requests SET status = 'approved', decided_at = now() WHERE id = $1`,
          [request.rows[0].id],
        );
        await client.query(
          `INSERT INTO case_events (case_id, type, from_stage, to_stage, event) VALUES ($1, 'transitionApproved', 'intake', $2, 'ADVANCE')`,
          [caseId, target.to],
        );
        await client.query(
          `INSERT INTO outbox (queue, job_name, payload) VALUES ('notifications', 'notifications.approvalDecided', $1), ('reminders', 'reminders.scheduleVisitReminder', $2)`,
          [{ requestId: request.rows[0].id }, { caseId, caseVersion: 2 }],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    });

    // 2. The case list: one regency's cases at intake, newest update first, with the total.
    const filter = encodeURIComponent(JSON.stringify({ regionId: regencyId, stage: 'intake' }));
    const listPath = `/api/cases?filter=${filter}&sort=${encodeURIComponent('["updatedAt","DESC"]')}&range=${encodeURIComponent('[0,24]')}`;
    const timed = async (work: () => Promise<void>) => {
      const samples: number[] = [];
      for (let i = 0; i < LIST_REQUESTS; i++) {
        t = performance.now();
        await work();
        samples.push(performance.now() - t);
      }
      return samples.sort((a, b) => a - b);
    };
    let total = '';
    const listApi = await timed(async () => {
      const { headers } = await call(baseUrl, people.supervisor, 'GET', listPath);
      total = headers['content-range'] ?? '';
    });
    const subtree = `r.path = (SELECT path FROM regions WHERE id = $1) OR r.path LIKE (SELECT path FROM regions WHERE id = $1) || '.%'`;
    const listSql = await timed(async () => {
      await pool.query(
        `SELECT count(*) FROM cases c JOIN regions r ON r.id = c.region_id WHERE (${subtree}) AND c.stage = 'intake'`,
        [regencyId],
      );
      await pool.query(
        `SELECT c.* FROM cases c JOIN regions r ON r.id = c.region_id WHERE (${subtree}) AND c.stage = 'intake' ORDER BY c.updated_at DESC, c.id LIMIT 25`,
        [regencyId],
      );
    });

    // 3. Memory.
    const rssMb =
      Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${api.pid}/status`, 'utf8'))?.[1] ?? 0) /
      1024;

    const figures = {
      bench: 'api',
      cases: CASES,
      events: CASES * EVENTS_PER_CASE,
      clients: CLIENTS,
      movesPerSec: round(viaApi.perSecond),
      moveP50Ms: round(viaApi.p50),
      moveP99Ms: round(viaApi.p99),
      sqlMovesPerSec: round(viaSql.perSecond),
      moveRatio: round(viaApi.perSecond / viaSql.perSecond, 3),
      moveCpuMs: cpuPerMove,
      listTotal: total,
      listP50Ms: round(percentile(listApi, 50)),
      listP95Ms: round(percentile(listApi, 95)),
      sqlListP50Ms: round(percentile(listSql, 50)),
      sqlListP95Ms: round(percentile(listSql, 95)),
      listRatio: round(percentile(listSql, 95) / percentile(listApi, 95), 3),
      apiRssMb: round(rssMb),
      targets: { movesPerSec: 300, moveP99Ms: 150, listP95Ms: 50, apiRssMb: 300 },
    };
    console.log(
      `moves over HTTP   ${figures.movesPerSec}/s, p50 ${figures.moveP50Ms} ms, p99 ${figures.moveP99Ms} ms (${viaApi.count} moves, ${CLIENTS} clients)`,
    );
    console.log(`moves in bare SQL ${figures.sqlMovesPerSec}/s (ratio ${figures.moveRatio})`);
    console.log(
      `CPU per move      api ${cpuPerMove.api} ms, PostgreSQL ${cpuPerMove.postgres} ms, these clients ${cpuPerMove.client} ms (two cores: ${round(2000 / (cpuPerMove.api + cpuPerMove.postgres + cpuPerMove.client))} moves/s at most)`,
    );
    console.log(
      `case list         p50 ${figures.listP50Ms} ms, p95 ${figures.listP95Ms} ms (${total}); bare SQL p95 ${figures.sqlListP95Ms} ms (ratio ${figures.listRatio})`,
    );
    console.log(`api memory        ${figures.apiRssMb} MB resident`);
    console.log(JSON.stringify(figures));
  } finally {
    await api?.stop().catch(() => undefined);
    await pool.end();
    await dropDatabase(databaseUrl);
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
