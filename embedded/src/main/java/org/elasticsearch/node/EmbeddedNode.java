package org.elasticsearch.node;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

/**
 * An Elasticsearch node that runs inside the calling JVM with plugins taken from the class path.
 *
 * <p>The distribution's launcher ({@code org.elasticsearch.bootstrap.Elasticsearch}) would install the
 * entitlement agent, run the bootstrap checks (which refuse root and small {@code vm.max_map_count}),
 * configure log4j-core and load plugins from a directory; none of that is wanted in an application.
 * This class builds the node the way the test framework's {@code MockNode} does, minus its mocks and
 * its refusal to run as root. It must live in {@code org.elasticsearch.node} because
 * {@link NodeConstruction} and {@link NodeServiceProvider} are package-private.
 */
public final class EmbeddedNode extends Node {

    /**
     * Builds (but does not start) a node.
     *
     * @param settings node settings; must contain {@code path.home}
     * @param plugins plugin classes on the class path, e.g. the Netty transport that provides HTTP
     */
    public EmbeddedNode(Settings settings, Collection<Class<? extends Plugin>> plugins) {
        super(NodeConstruction.prepareConstruction(
                environment(settings), null, new ClasspathServiceProvider(List.copyOf(plugins)), true));
    }

    private static Environment environment(Settings settings) {
        // no command line properties; the config dir defaults to path.home/config, usually absent
        return InternalSettingsPreparer.prepareEnvironment(
                settings, Map.of(), null, () -> Node.NODE_NAME_SETTING.get(settings));
    }

    /** The address HTTP is bound to; the port is the real one even if port 0 was asked for. */
    public InetSocketAddress httpAddress() {
        return injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().address();
    }

    /**
     * Closes the node and waits for its threads, so that the data directory lock and the ports are free
     * again when this returns.
     *
     * @return whether everything stopped within the timeout
     */
    public boolean closeAndAwait(Duration timeout) throws IOException, InterruptedException {
        boolean terminated = false;
        try {
            close();
        } finally {
            // even if closing some service failed, the thread pools must go, or they keep the JVM alive
            if (isClosed()) {
                terminated = awaitClose(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        return terminated;
    }

    /**
     * The default hands node and cluster ids to log4j-core pattern converters once per JVM (a set-once
     * field); it would fail on the second node a JVM starts, and the converters are not used here.
     */
    @Override
    protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {
        // intentionally empty
    }

    private static final class ClasspathServiceProvider extends NodeServiceProvider {

        private final List<Class<? extends Plugin>> plugins;

        ClasspathServiceProvider(List<Class<? extends Plugin>> plugins) {
            this.plugins = plugins;
        }

        @Override
        PluginsService newPluginService(Environment environment, PluginsLoader pluginsLoader) {
            return new ClasspathPluginsService(environment.settings(), environment.configDir(), plugins);
        }
    }
}
