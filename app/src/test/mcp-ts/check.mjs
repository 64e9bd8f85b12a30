// Checks a running Paperboy's MCP server with the official MCP TypeScript SDK's client: what an
// assistant written by someone else sees. Run by hand (not part of `./mvnw verify`):
//
//   npm install
//   PAPERBOY_URL=http://localhost:8080 node check.mjs                  # the public tools
//   PAPERBOY_URL=... PAPERBOY_TOKEN=pb_... node check.mjs              # and a person's tools
//   PAPERBOY_URL=... PAPERBOY_TOKEN=pb_... PAPERBOY_SESSION=... node check.mjs
//                                        # and the saved paper on the person's /library page
//
// PAPERBOY_SESSION is the pb_session cookie of the token's owner signed in on the site. The
// search expects the demo data (`./paperboy serve --demo`). Exits 1 at the first check that fails.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

const base = (process.env.PAPERBOY_URL ?? "http://localhost:8080").replace(/\/$/, "");
const token = process.env.PAPERBOY_TOKEN;
const session = process.env.PAPERBOY_SESSION;
const QUERY = "evolutionary model merging on consumer GPUs";
const PAPER = "2502.10436";

function check(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) {
    process.exit(1);
  }
}

async function connect(bearer) {
  const headers = bearer ? { Authorization: `Bearer ${bearer}` } : {};
  const transport = new StreamableHTTPClientTransport(new URL(`${base}/mcp`), {
    requestInit: { headers },
  });
  const client = new Client({ name: "paperboy-ts-check", version: "1.0.0" });
  await client.connect(transport);
  return client;
}

async function toolNames(client) {
  return (await client.listTools()).tools.map((t) => t.name).sort();
}

const anybody = await connect(null);
const server = anybody.getServerVersion();
check(server?.name === "paperboy", `connected to ${base}/mcp: ${server?.name} ${server?.version}`);
const open = await toolNames(anybody);
console.log(`     tools without a token: ${open.join(", ")}`);
check(open.includes("search_papers") && !open.includes("save_paper"), "public tools only");

const search = await anybody.callTool({
  name: "search_papers",
  arguments: { query: QUERY, limit: 5 },
});
const top = search.structuredContent.results.map((r) => r.paper.id);
for (const r of search.structuredContent.results.slice(0, 3)) {
  console.log(`     ${r.rank}. ${r.paper.id}  ${r.paper.title}`);
}
check(top.slice(0, 3).includes(PAPER), `search_papers "${QUERY}": ${PAPER} in the first three`);

const paper = await anybody.callTool({ name: "get_paper", arguments: { id: PAPER } });
const p = paper.structuredContent;
console.log(`     title: ${p.title}`);
console.log(`     abstract: ${p.abstract.slice(0, 100)}…`);
check(p.id === PAPER && p.title.length > 0 && p.abstract.length > 100, "get_paper: title and abstract");
await anybody.close();

if (token) {
  const person = await connect(token);
  const all = await toolNames(person);
  console.log(`     tools with a token: ${all.join(", ")}`);
  check(all.includes("for_you") && all.includes("save_paper"), "for_you and save_paper listed");
  const saved = await person.callTool({ name: "save_paper", arguments: { id: PAPER } });
  console.log(`     ${saved.content[0].text}`);
  check(saved.structuredContent.state === "saved", `save_paper ${PAPER}`);
  const library = await person.callTool({ name: "library", arguments: {} });
  check(
    library.structuredContent.papers.some((x) => x.id === PAPER),
    `library (the tool) lists ${PAPER}`,
  );
  const forYou = await person.callTool({ name: "for_you", arguments: { window: "month" } });
  check(!forYou.isError, `for_you: ${forYou.structuredContent?.count} picks`);
  await person.close();
}

if (session) {
  const page = await fetch(`${base}/library`, { headers: { Cookie: `pb_session=${session}` } });
  const html = await page.text();
  check(page.status === 200 && html.includes(PAPER), `${base}/library shows ${PAPER}`);
}
console.log("all checks passed");
