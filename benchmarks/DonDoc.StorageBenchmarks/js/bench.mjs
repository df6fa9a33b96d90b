// The reference side of the storage benchmark: the official Azure SDK for JS (@azure/data-tables, pinned
// in the root package.json) doing the same work as DonDoc.Storage (OurClient.cs) on the same Azurite.
// Usage: node bench.mjs <connection string> <table> <scenario: upserts|batches|query> <count> [batch size]
// Prints one JSON line: {"scenario":…,"count":…,"perSec":…}. Only the scenario's loop is timed.
import { TableClient, TableServiceClient } from "@azure/data-tables";

const [connectionString, tableName, scenario, countText, batchSizeText = "100"] = process.argv.slice(2);
if (!connectionString || !tableName || !scenario || !countText) {
  console.error("usage: node bench.mjs <connection string> <table> <upserts|batches|query> <count> [batch size]");
  process.exit(2);
}
const options = { allowInsecureConnection: true };
const count = Number(countText), batchSize = Number(batchSizeText);

// The same entity shape as the C# side: a few strings, an int, a date.
const due = new Date(Date.UTC(2025, 7, 15));
function entity(partitionKey, i) {
  return {
    partitionKey,
    rowKey: String(i).padStart(6, "0"),
    Title: `Xây dựng Nghị định về phát triển đô thị thông minh, mục ${i}`,
    Issuer: "Văn phòng Chính phủ",
    Assignee: "Bộ Xây dựng",
    Status: "open",
    Ordinal: i,
    Due: due,
  };
}

async function open(name) {
  try {
    await TableServiceClient.fromConnectionString(connectionString, options).createTable(name);
  } catch (e) {
    if (e.statusCode !== 409) throw e;
  }
  return TableClient.fromConnectionString(connectionString, name, options);
}

// Warm-up (not timed): connection, V8's JIT of the SDK's code paths, as the C# side does.
const warm = await open(`${tableName}warm`);
for (let i = 0; i < 50; i++) await warm.upsertEntity(entity("warm", i), "Replace");
await warm.submitTransaction(Array.from({ length: batchSize }, (_, i) => ["upsert", entity("warmb", i), "Replace"]));
for await (const _ of warm.listEntities({ queryOptions: { filter: "PartitionKey eq 'warmb'" } })) { /* drain */ }

const table = await open(tableName);
let done = 0;
const start = process.hrtime.bigint();
if (scenario === "upserts") {
  for (; done < count; done++) await table.upsertEntity(entity("one", done), "Replace");
} else if (scenario === "batches") {
  for (let first = 0; first < count; first += batchSize) {
    const actions = [];
    for (let i = first; i < Math.min(first + batchSize, count); i++) actions.push(["create", entity("batch", i)]);
    await table.submitTransaction(actions);
    done += actions.length;
  }
} else if (scenario === "query") {
  for await (const e of table.listEntities({ queryOptions: { filter: "PartitionKey eq 'batch'" } })) {
    if (e.Ordinal !== done) throw new Error(`entity ${done} came back as ${e.Ordinal}`);
    done++;
  }
  if (done !== count) throw new Error(`query read ${done} entities, expected ${count}`);
} else {
  throw new Error(`unknown scenario ${scenario}`);
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ scenario, count: done, perSec: done / seconds }));
