package vn.vbsp.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.lang.reflect.UndeclaredThrowableException;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.vbsp.portal.shared.SubmitOnce;
import vn.vbsp.portal.user.CurrentUser;

/**
 * Checks the one-time token of every POST to a {@link SubmitOnce} handler. It wraps the handler method inside the
 * method security, so that a role that may not post at all is told 403 first, and the token is only spent by
 * someone allowed to post.
 *
 * <p>A required token is spent in the same transaction as the posting it guards: the handler's services join it, so a
 * posting refused or failed half-way gives the token back with everything else, and the user who goes back and
 * posts the same form again is not told "already posted" for something that never was. A second post racing with the
 * same token waits on the token's row and is refused once the first commits. A handler that catches a refusal and
 * shows it leaves the transaction marked for rollback; that is rolled back quietly, the page it chose still shown.
 */
@Configuration(proxyBeanMethods = false)
class SubmitOnceGuard {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor submitOnceAdvisor(ObjectProvider<SubmitTokens> tokens,
            ObjectProvider<PlatformTransactionManager> transactions) {
        ComposablePointcut pointcut = new ComposablePointcut(AnnotationMatchingPointcut.forClassAnnotation(SubmitOnce.class))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(SubmitOnce.class));
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(pointcut, new Check(tokens, transactions));
        advisor.setOrder(Ordered.LOWEST_PRECEDENCE);
        return advisor;
    }

    private record Check(ObjectProvider<SubmitTokens> tokens, ObjectProvider<PlatformTransactionManager> transactions)
            implements MethodInterceptor {

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web
                    ? web.getRequest() : null;
            if (request == null || !"POST".equals(request.getMethod())) {
                return invocation.proceed();
            }
            Method method = invocation.getMethod();
            Class<?> type = invocation.getThis() == null ? method.getDeclaringClass() : invocation.getThis().getClass();
            SubmitOnce rule = AnnotatedElementUtils.findMergedAnnotation(method, SubmitOnce.class);
            if (rule == null) {
                rule = AnnotatedElementUtils.findMergedAnnotation(type, SubmitOnce.class);
            }
            String token = request.getParameter(SubmitOnce.FIELD);
            if (rule == null || (!rule.required() && (token == null || token.isBlank()))) {
                return invocation.proceed();
            }
            boolean json = AnnotatedElementUtils.hasAnnotation(method, ResponseBody.class)
                    || AnnotatedElementUtils.hasAnnotation(type, ResponseBody.class);
            if (!rule.required()) {
                spend(token, json);
                return invocation.proceed();
            }
            try {
                return new TransactionTemplate(transactions.getObject()).execute(status -> {
                    spend(token, json);
                    try {
                        Object answer = invocation.proceed();
                        if (status.isRollbackOnly()) {
                            status.setRollbackOnly();
                        }
                        return answer;
                    } catch (RuntimeException | Error e) {
                        throw e;
                    } catch (Throwable e) {
                        throw new UndeclaredThrowableException(e);
                    }
                });
            } catch (UndeclaredThrowableException e) {
                throw e.getUndeclaredThrowable();
            }
        }

        private void spend(String token, boolean json) {
            SubmitTokens.Outcome outcome = tokens.getObject().use(token, CurrentUser.username());
            if (outcome != SubmitTokens.Outcome.ACCEPTED) {
                throw new SubmitRefused(outcome, json);
            }
        }
    }

    /** A post refused for its token: {@code json} when the handler answers data rather than a page. */
    static final class SubmitRefused extends RuntimeException {

        private final transient SubmitTokens.Outcome outcome;
        private final boolean json;

        SubmitRefused(SubmitTokens.Outcome outcome, boolean json) {
            super("Form token " + outcome);
            this.outcome = outcome;
            this.json = json;
        }

        String messageKey() {
            return outcome == SubmitTokens.Outcome.USED ? "submit.error.used" : "submit.error.missing";
        }

        boolean json() {
            return json;
        }

        boolean used() {
            return outcome == SubmitTokens.Outcome.USED;
        }
    }
}
