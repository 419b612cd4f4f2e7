/**
 * Text understanding over HTTP: {@code POST /api/analyze} runs the nlp module's analyser on up to 1,000
 * texts, and the one shared analyser bean (CoreNLP loading in the background) is configured here.
 */
package io.touchpointhub.routes.analyze;
