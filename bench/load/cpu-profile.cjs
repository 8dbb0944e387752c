// Preloaded into the app server by `load-bench.ts --cpu-prof DIR` (Node refuses --cpu-prof in
// NODE_OPTIONS): profiles the whole process and writes DIR/app-<pid>.cpuprofile when it is
// stopped with SIGTERM. The in-thread inspector session answers synchronously, so the file is
// written before Next's own SIGTERM handler exits the process.
const fs = require("node:fs");
const inspector = require("node:inspector");
const path = require("node:path");

const dir = process.env.LOAD_CPU_PROFILE_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 500 });
  session.post("Profiler.start");
  process.prependListener("SIGTERM", () => {
    session.post("Profiler.stop", (error, result) => {
      if (error) return;
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `app-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
