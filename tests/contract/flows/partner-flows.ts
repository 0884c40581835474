// Three partner flows, written only against the types openapi-typescript generated from the gateway's documents:
// a field or path the documents do not describe fails to compile, before anything runs.
import createClient from "openapi-fetch";
import type { paths as Complaints } from "./generated/complaints.js";
import type { paths as Licensing } from "./generated/licensing.js";
import type { paths as Registry } from "./generated/registry.js";
import type { paths as Statistics } from "./generated/statistics.js";

/** Answers are read as JSON: the operations that also answer CSV or XLSX are asked for JSON. */
type Json = "application/json";

const gateway = process.env.GATEWAY ?? "http://localhost:5080";
const stamp = process.env.RUN_STAMP ?? String(Date.now());

/** A token by client credentials at the gateway, as every partner gets one (development secrets). */
async function token(clientId: string): Promise<string> {
  const answer = await fetch(`${gateway}/connect/token`, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: clientId, client_secret: `${clientId}-secret` }),
  });
  const body = (await answer.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`${clientId} got no token: ${answer.status}`);
  return body.access_token;
}

function bearer(accessToken: string) {
  return { baseUrl: gateway, headers: { Authorization: `Bearer ${accessToken}` } };
}

/** A valid unified social credit code registered in Shanghai (GB 32100 check symbol), new for this run. */
function creditCode(serial: number): string {
  const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const first17 = `91310000MA${String(serial % 10_000_000).padStart(7, "0")}`;
  const sum = [...first17].reduce((total, c, i) => total + alphabet.indexOf(c) * weights[i], 0);
  return first17 + alphabet[(31 - (sum % 31)) % 31];
}

async function eventually<T>(what: string, attempt: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await attempt();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A unit registers a key enterprise with its commitment, licenses it, and anyone verifies the licence. */
async function licensedEnterprise() {
  const unit = await token("unit-310000");
  const registry = createClient<Registry, Json>(bearer(unit));
  const licensing = createClient<Licensing, Json>(bearer(unit));
  const registered = await registry.POST("/api/registry/enterprises", {
    body: { creditCode: creditCode(Number(stamp)), name: "上海某百货有限公司", regionCode: "310000", industry: "retail" },
  });
  if (!registered.data?.id) throw new Error(`registration answered ${registered.response.status}`);
  const id = registered.data.id;
  const signed = await registry.POST("/api/registry/enterprises/{id}/commitment", {
    params: { path: { id } },
    body: { safety: true, integrity: true, selfDiscipline: true, signatory: "王伟", signatoryTitle: "总经理", signedOn: "2020-09-01" },
  });
  if (!signed.response.ok) throw new Error(`commitment answered ${signed.response.status}`);
  // Licensing learns of the enterprise and its commitment from the registry's events, a moment later.
  const licence = await eventually("the grant", async () => {
    const granted = await licensing.POST("/api/licensing/licenses", { body: { licenseeKind: "enterprise", licenseeId: id } });
    return granted.data ?? undefined;
  });
  const anyone = createClient<Licensing, Json>({ baseUrl: gateway });
  const verified = await anyone.GET("/api/verify/{licenseNo}", { params: { path: { licenseNo: licence.number } } });
  return { enterpriseId: id, number: licence.number, valid: verified.data?.valid ?? false, status: verified.data?.status };
}

/** A hotline posts a case, posts it again as a retry after a timeout would, and reads where it went. */
async function hotlineCase() {
  const hotline = createClient<Complaints, Json>(bearer(await token("hotline-12315")));
  const body = {
    hotlineReference: `12315-client-${stamp}`,
    channel: "phone",
    receivedAt: new Date(Date.now() - 60_000).toISOString(),
    kind: "complaint",
    category: "falseAdvertising",
    complainant: { name: "张伟", phone: "13700137000", address: "上海市静安区" },
    respondent: { name: "上海某百货有限公司", creditCode: creditCode(Number(stamp) + 1), address: "南京东路1号", regionCode: "310000" },
    description: "促销海报标示全场五折，结账时仅部分商品打折。",
    amountInvolved: 1280,
  };
  const first = await hotline.POST("/api/complaints/cases", { body });
  const retry = await hotline.POST("/api/complaints/cases", { body });
  if (!first.data?.id || !retry.data?.id) throw new Error(`posting answered ${first.response.status}, ${retry.response.status}`);
  const read = await hotline.GET("/api/complaints/cases/{id}", { params: { path: { id: first.data.id } } });
  return {
    id: first.data.id,
    firstStatus: first.response.status,
    retriedId: retry.data.id,
    retriedStatus: retry.response.status,
    responsibleRegion: read.data?.responsibleRegion ?? null,
  };
}

/** The ministry reads a period's completeness; anyone reads the catalog's releases. */
async function ministryOverview() {
  const statistics = createClient<Statistics, Json>(bearer(await token("ministry")));
  const completeness = await statistics.GET("/api/statistics/periods/{periodCode}/completeness", {
    params: { path: { periodCode: "2020-first-two-weeks" } },
  });
  const releases = await createClient<Registry, Json>({ baseUrl: gateway }).GET("/api/catalog/releases", {});
  return {
    expected: completeness.data?.expected ?? null,
    submitted: completeness.data?.submitted ?? null,
    missing: completeness.data?.missing ?? null,
    releasesStatus: releases.response.status,
  };
}

const result = { licence: await licensedEnterprise(), case: await hotlineCase(), overview: await ministryOverview() };
console.log(JSON.stringify(result));
