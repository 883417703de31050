import { createDataset } from "./dataset";
import { preparePglite } from "./prepare";
console.log(await preparePglite(createDataset("XS")));
