package org.beanpress.worker.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxWait how long a starting worker waits for the web tier to migrate the
 * database to the schema it was built for, before it gives up and exits
 */
@ConfigurationProperties("beanpress.worker.schema")
record WorkerSchemaProperties(@DefaultValue("3m") Duration maxWait) {
}
