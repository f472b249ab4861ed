package org.beanpress.worker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The worker tier: consumes the job queues and writes variants and cached pages. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WorkerTierApplication {

	public static void main(String[] args) {
		SpringApplication.run(WorkerTierApplication.class, args);
	}

}
