// The exhaustive fault sweep: every action faulted at every one of its commands (`npm run
// test:faults`; `npm test` runs a sample of the same scenarios).
import { describeFaultInjection, EVERY_COMMAND } from "../../helpers/faultInjection";

describeFaultInjection(EVERY_COMMAND, { file: "fault-injection.json" });
