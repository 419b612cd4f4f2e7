/**
 * Loading Elasticsearch plugins from the class path for the embedded node (see
 * {@link org.elasticsearch.plugins.ClasspathPluginsService}).
 *
 * <p>Ours, not Elasticsearch's: it lives in Elasticsearch's package because the type a plugins service
 * hands its plugins over in ({@code PluginsService.LoadedPlugin}) is package-private. Check it on every
 * Elasticsearch upgrade.
 */
package org.elasticsearch.plugins;
