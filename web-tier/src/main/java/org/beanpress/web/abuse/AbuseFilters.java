package org.beanpress.web.abuse;

import org.beanpress.core.comment.CommentProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The servlet filters of this package, registered here rather than as @Component filters
 * so that web slices (@WebMvcTest) do not pick them up without their Redis limiter.
 */
@Configuration(proxyBeanMethods = false)
class AbuseFilters {

	/**
	 * First, before Spring Security: a JSON body too large is refused whoever sends it.
	 */
	@Bean
	FilterRegistrationBean<JsonBodyLimitFilter> jsonBodyLimitFilter(AbuseProperties limits, Refusals refusals) {
		var registration = new FilterRegistrationBean<>(new JsonBodyLimitFilter(limits, refusals));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/** After Spring Security (order -100): only sign-ups that passed CSRF are counted. */
	@Bean
	FilterRegistrationBean<SignUpLimitFilter> signUpLimitFilter(RateLimiter limiter, AbuseProperties limits,
			Refusals refusals) {
		var registration = new FilterRegistrationBean<>(new SignUpLimitFilter(limiter, limits, refusals));
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		return registration;
	}

	/** After Spring Security too: a comment refused for its CSRF token is not counted. */
	@Bean
	FilterRegistrationBean<CommentLimitFilter> commentLimitFilter(RateLimiter limiter, CommentProperties limits,
			Refusals refusals) {
		var registration = new FilterRegistrationBean<>(new CommentLimitFilter(limiter, limits, refusals));
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		return registration;
	}

}
