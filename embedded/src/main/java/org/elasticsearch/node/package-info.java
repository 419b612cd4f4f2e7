/**
 * Our way into Elasticsearch's node construction, so that a real Elasticsearch node can run inside the
 * hub's JVM (see {@link org.elasticsearch.node.EmbeddedNode}).
 *
 * <p>This is not Elasticsearch's code: it is ours, and it lives in Elasticsearch's package only because
 * the hooks it needs ({@code NodeConstruction}, {@code NodeServiceProvider}) are package-private, the
 * same hooks Elasticsearch's own test framework uses. That works because the server jar is on the class
 * path (not the module path) and does not seal its packages; the price is that these classes depend on
 * Elasticsearch internals and must be checked on every Elasticsearch upgrade.
 */
package org.elasticsearch.node;
