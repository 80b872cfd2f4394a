// The custom rules the tests define, registered as a caller registers theirs (CustomRuleIds): a test
// that names another id, or mistypes one, does not compile. Ids that must not exist at run time
// ("custom/nope", "nope/nope") are cast where a test means them.
declare module "../../src/model/rule-ids.js" {
  interface CustomRuleIds {
    "custom/found": true;
    "custom/plain": true;
    "custom/off": true;
    "custom/a-warning": true;
    "custom/z-error": true;
  }
}
export {};
