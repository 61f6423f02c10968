// A clock set to another day, for Node: `node --import ./scripts/fake-clock.mjs` with FAKE_NOW set to an
// ISO date and time makes Date.now() and new Date() start from then and run on (like faketime, without
// a system package). scripts/build-on-days.mjs builds the site this way on two days to show that the
// same content builds the same files on any day.
const target = Date.parse(process.env.FAKE_NOW ?? '');
if (Number.isNaN(target)) throw new Error(`FAKE_NOW must be an ISO date and time; got "${process.env.FAKE_NOW}"`);
const RealDate = Date;
const offset = target - RealDate.now();

class FakeDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + offset);
    else super(...args);
  }
  static now() {
    return RealDate.now() + offset;
  }
}
globalThis.Date = FakeDate;
