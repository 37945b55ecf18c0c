/**
 * Runs before @google/model-viewer is evaluated (it is the first import of model-viewer.ts): the element
 * reads its decoder locations from `self.ModelViewerElement` when it is constructed, and the <model-viewer>
 * tag is already in the page. Every location is on this server, so nothing is fetched from Google's CDN.
 */
const base = new URL('./', document.baseURI);
const here = (path: string) => new URL(path, base).href;

type ModelViewerConfig = {
  meshoptDecoderLocation?: string;
  dracoDecoderLocation?: string;
  ktx2TranscoderLocation?: string;
  lottieLoaderLocation?: string;
};
const scope = self as unknown as { ModelViewerElement?: ModelViewerConfig };
scope.ModelViewerElement = {
  ...scope.ModelViewerElement,
  // a copy of three's examples/jsm/libs/meshopt_decoder.module.js, emitted by bench/vite.config.ts
  meshoptDecoderLocation: here('decoders/meshopt_decoder.module.js'),
  // body.glb uses neither Draco nor KTX2 nor Lottie; these only keep the defaults (a CDN) out of the page
  dracoDecoderLocation: here('decoders/draco/'),
  ktx2TranscoderLocation: here('decoders/basis/'),
  lottieLoaderLocation: here('decoders/lottie.js'),
};

export {};
