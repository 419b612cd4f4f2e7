package io.touchpointhub.routes.fileimport;

import io.touchpointhub.identity.store.ImportJobs;
import io.touchpointhub.routes.HubProperties;
import java.net.InetAddress;
import java.net.UnknownHostException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The import job store and this instance's name for its jobs. */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

    @Bean
    ImportJobs importJobs(DataSource dataSource) {
        return new ImportJobs(dataSource);
    }

    @Bean
    ImportInstance importInstance(HubProperties hub) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return new ImportInstance(host + ":" + hub.dataDir().toAbsolutePath().normalize());
    }
}
