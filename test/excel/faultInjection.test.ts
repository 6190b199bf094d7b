// Fault injection in `npm test`: every action, faulted at its first and last three commands and at
// eight commands spread between (`npm run test:faults` faults every command; CI runs both).
import { describeFaultInjection, sampleOfCommands } from "../helpers/faultInjection";

describeFaultInjection(sampleOfCommands(8), { file: "fault-injection-sample.json" });

describe("the sample of commands faulted in npm test", () => {
  it("takes the first and last three commands and an even spread between them", () => {
    expect(sampleOfCommands(8)(100)).toEqual([1, 2, 3, 11, 22, 33, 44, 56, 67, 78, 89, 98, 99, 100]);
  });

  it("is every command of a short action, each once", () => {
    expect(sampleOfCommands(8)(6)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
