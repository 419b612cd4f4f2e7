package org.elasticsearch.plugins;

import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.plugins.spi.SPIClassIterator;

/**
 * A {@link PluginsService} whose plugins are classes already on the application's class path, instead
 * of bundles unpacked into a {@code plugins} directory and loaded in class loaders of their own.
 *
 * <p>It lives in Elasticsearch's package because a plugin is handed to the node as a package-private
 * {@code LoadedPlugin}. The approach follows the test framework's {@code MockPluginsService}, which
 * cannot be used itself: the test framework refuses to run as root and drags in test-only libraries.
 */
public final class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> classpathPlugins;

    /**
     * Instantiates each plugin class with the node settings, as a plugin directory install would.
     */
    public ClasspathPluginsService(
            Settings settings, Path configDir, Collection<Class<? extends Plugin>> pluginClasses) {
        // an empty loader: no modules and plugins directories to scan, hence no jar hell check either
        super(settings, configDir, new PluginsLoader(Set.of(), Set.of(), Map.of()));
        List<LoadedPlugin> loaded = new ArrayList<>();
        for (Class<? extends Plugin> pluginClass : pluginClasses) {
            Plugin plugin = loadPlugin(pluginClass, settings, configDir);
            loaded.add(new LoadedPlugin(descriptor(pluginClass), plugin, pluginClass.getClassLoader()));
        }
        loadExtensions(loaded);
        this.classpathPlugins = List.copyOf(loaded);
    }

    private static PluginDescriptor descriptor(Class<? extends Plugin> pluginClass) {
        return new PluginDescriptor(
                pluginClass.getName(),
                "classpath plugin",
                "NA",
                Build.current().version(),
                Integer.toString(Runtime.version().feature()),
                pluginClass.getName(),
                null,
                List.of(),
                false,
                false,
                false,
                false);
    }

    @Override
    protected List<LoadedPlugin> plugins() {
        return classpathPlugins;
    }

    @Override
    public PluginsAndModules info() {
        return new PluginsAndModules(
                classpathPlugins.stream().map(LoadedPlugin::descriptor).map(PluginRuntimeInfo::new).toList(),
                List.of());
    }

    /**
     * All plugins and the server share one class loader here, so a plain scan finds every provider on
     * the class path once per plugin, including the server's own (its {@code FeatureSpecification}s, for
     * one). Each provider class is therefore instantiated once, by the first plugin it fits.
     */
    @Override
    public <T> List<? extends T> loadServiceProviders(Class<T> service) {
        Map<Class<?>, T> providers = new LinkedHashMap<>();
        for (LoadedPlugin loaded : plugins()) {
            Plugin plugin = loaded.instance();
            SPIClassIterator<T> classes = SPIClassIterator.get(service, plugin.getClass().getClassLoader());
            while (classes.hasNext()) {
                Class<? extends T> providerClass = classes.next();
                if (!providers.containsKey(providerClass) && fitsPlugin(providerClass, plugin)) {
                    providers.put(providerClass, createExtension(providerClass, service, plugin));
                }
            }
        }
        return List.copyOf(providers.values());
    }

    /** A provider with a one-argument constructor belongs to the plugin of that argument's type. */
    private static boolean fitsPlugin(Class<?> providerClass, Plugin plugin) {
        for (Constructor<?> constructor : providerClass.getConstructors()) {
            if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] != plugin.getClass()) {
                return false;
            }
        }
        return true;
    }
}
