// The input/invalid rule belongs to the engine, which raises it from the parser (the API's contract,
// not a regulation); the catalogue lists it here, where its page is.
export { inputInvalid } from "../../engine/input-invalid.js";
