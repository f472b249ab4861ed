package org.beanpress.worker.task;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Gives the worker a task scheduler for the local schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TaskSchedulingConfiguration {

}
