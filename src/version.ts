/** Version of the rule set, equal to the package version (checked by a test): every report carries it. */
export const rulesVersion = "0.1.0";
