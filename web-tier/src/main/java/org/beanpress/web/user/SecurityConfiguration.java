package org.beanpress.web.user;

import jakarta.servlet.http.HttpServletRequest;
import org.beanpress.core.media.MediaKey;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Three doors. {@code /api/tokens}: HTTP Basic to get a bearer token. {@code /api/**}:
 * bearer tokens for scripts, or the browser's session (then with CSRF). Everything else:
 * pages with form login and CSRF. Sessions live in Redis (Spring Session), so the cookie
 * holds only an id and any instance can serve any request.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain tokenChain(HttpSecurity http, TokenService tokens, ProblemResponses problems) throws Exception {
		return forScripts(http.securityMatcher("/api/tokens", "/api/tokens/**"), tokens, problems)
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthorized()))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiChain(HttpSecurity http, TokenService tokens, ProblemResponses problems) throws Exception {
		return forScripts(http.securityMatcher("/api/**"), tokens, problems)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/admin/**")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.POST, "/api/accounts")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/posts", "/api/posts/*")
				.permitAll()
				.anyRequest()
				.authenticated())
			.build();
	}

	/**
	 * What both API chains share: bearer tokens, no sessions created, no redirects,
	 * refusals as problems, and CSRF only where a browser session is used.
	 */
	private static HttpSecurity forScripts(HttpSecurity http, TokenService tokens, ProblemResponses problems) {
		return http
			.addFilterBefore(new BearerTokenFilter(tokens, problems.unauthorized()), BasicAuthenticationFilter.class)
			.csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::withoutBrowserSession))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache(cache -> cache.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems.unauthorized())
				.accessDeniedHandler(problems.forbidden()));
	}

	@Bean
	@Order(3)
	SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/", "/posts/**", MediaKey.URL_PREFIX + "**", "/login", "/signup", "/css/**", "/js/**",
						"/error", "/favicon.ico", "/actuator/health", "/actuator/health/**", "/v3/api-docs",
						"/v3/api-docs/**")
				.permitAll()
				.requestMatchers("/actuator/**", "/admin", "/admin/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/editor").permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/"))
			.build();
	}

	/**
	 * CSRF protects what a browser sends on its own: the session cookie. A request with
	 * no session, or that brings its own credentials in a header, cannot be forged that
	 * way.
	 */
	private static boolean withoutBrowserSession(HttpServletRequest request) {
		return request.getRequestedSessionId() == null || request.getHeader("Authorization") != null;
	}

}
