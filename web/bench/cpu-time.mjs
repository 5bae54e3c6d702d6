// CPU time (user + system) used so far by the descendants of this process, i.e. the browser's
// processes: on a shared, busy machine wall-clock frame times overstate the cost of a frame.
import fs from "node:fs";

const TICKS_PER_SECOND = 100;

function processTable() {
  const table = new Map();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      table.set(Number(entry), { parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // the process ended while we looked
    }
  }
  return table;
}

export function descendantsCpuMs(root = process.pid) {
  const table = processTable();
  let ticks = 0;
  for (const [pid, info] of table) {
    for (let parent = info.parent, guard = 0; parent > 1 && guard < 64; parent = table.get(parent)?.parent ?? 0, guard++) {
      if (parent === root) {
        ticks += info.ticks;
        break;
      }
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
