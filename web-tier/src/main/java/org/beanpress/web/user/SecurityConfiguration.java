package org.beanpress.web.user;

import jakarta.servlet.http.HttpServletRequest;
import org.beanpress.core.media.MediaKey;
import org.beanpress.web.abuse.LoginLimits;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Three doors. {@code POST /api/tokens}: the password (HTTP Basic, nothing else) to get a
 * bearer token. {@code /api/**}: bearer tokens for scripts, or the browser's session
 * (then with CSRF). Everything else: pages with form login and CSRF. Admins alone reach
 * /admin, /actuator and the users and operations APIs; editors and admins the review
 * queue and category creation. A session signed in before a password or role change ends
 * at its next request ({@link SignedInSessions}). Sessions live in Redis (Spring
 * Session), so the cookie holds only an id and any instance can serve any request.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Whole areas kept to editors (the review queue, creating categories); what a role
	 * may do with one post is decided by {@link CurrentUser}.
	 */
	private static final String[] EDITORS = { "EDITOR", "ADMIN" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain tokenChain(HttpSecurity http, ProblemResponses problems, LoginLimits logins) throws Exception {
		// only the password may create a token: no bearer filter, and no browser session
		// either (the context is not read from it)
		return forScripts(http.securityMatcher(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/tokens")),
				problems.passwordRequired(), problems)
			.securityContext(
					context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.addFilterBefore(logins.basic(), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems.passwordRequired()))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiChain(HttpSecurity http, TokenService tokens, SignedInSessions sessions,
			ProblemResponses problems) throws Exception {
		return forScripts(http.securityMatcher("/api/**"), problems.unauthorized(), problems)
			.addFilterAfter(sessions.filter(), SecurityContextHolderFilter.class)
			.addFilterBefore(new BearerTokenFilter(tokens, problems.unauthorized()), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(
					requests -> requests.requestMatchers("/api/admin/**", "/api/users/**", "/api/invitations/**")
						.hasRole("ADMIN")
						.requestMatchers("/api/review")
						.hasAnyRole(EDITORS)
						.requestMatchers(HttpMethod.POST, "/api/categories")
						.hasAnyRole(EDITORS)
						.requestMatchers(HttpMethod.POST, "/api/accounts")
						.permitAll()
						// readers' comments, anonymous too
						.requestMatchers("/api/posts/*/comments")
						.permitAll()
						.requestMatchers(HttpMethod.GET, "/api/posts", "/api/posts/*", "/api/categories", "/api/tags",
								"/api/search")
						.permitAll()
						.anyRequest()
						.authenticated())
			.build();
	}

	/**
	 * What both API chains share: no sessions created, no redirects, refusals as
	 * problems, and CSRF only where a browser session is used.
	 */
	private static HttpSecurity forScripts(HttpSecurity http, AuthenticationEntryPoint unauthorized,
			ProblemResponses problems) {
		return http.csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::withoutBrowserSession))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache(cache -> cache.disable())
			.headers(SecurityHeaders::configure)
			.exceptionHandling(
					errors -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(problems.forbidden()));
	}

	@Bean
	@Order(3)
	SecurityFilterChain pageChain(HttpSecurity http, SignedInSessions sessions, LoginLimits logins) throws Exception {
		return http.addFilterAfter(sessions.filter(), SecurityContextHolderFilter.class)
			.addFilterBefore(logins.form(), UsernamePasswordAuthenticationFilter.class)
			.headers(SecurityHeaders::configure)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/", "/posts/**", "/search", "/category/**", "/tag/**", "/author/**",
						MediaKey.URL_PREFIX + "**", "/login", "/signup", "/reset-password", "/css/**", "/js/**",
						"/error", "/favicon.ico", "/actuator/health", "/actuator/health/**", "/v3/api-docs",
						"/v3/api-docs/**", "/v3/api-docs.yaml")
				.permitAll()
				// feeds, sitemaps and robots.txt: public, for feed readers and crawlers
				.requestMatchers(HttpMethod.GET, "/feed", "/feed/atom", "/category/*/feed", "/category/*/feed/atom",
						"/tag/*/feed", "/tag/*/feed/atom", "/author/*/feed", "/author/*/feed/atom", "/sitemap.xml",
						"/sitemaps/*", "/robots.txt")
				.permitAll()
				.requestMatchers("/actuator/**", "/admin", "/admin/**")
				.hasRole("ADMIN")
				.requestMatchers("/review", "/review/**")
				.hasAnyRole(EDITORS)
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
