package vn.vbsp.portal.system;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every URL the controllers answer, as {@code "GET /loans/{id}"}, read from Spring MVC's own mappings. */
final class Endpoints {

    private Endpoints() {
    }

    static Set<String> of(ApplicationContext context) {
        Set<String> endpoints = new TreeSet<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().forEach((info, method) -> {
                    if (method.getBeanType().getPackageName().startsWith("vn.vbsp.portal")) {
                        add(endpoints, info);
                    }
                }));
        return endpoints;
    }

    private static void add(Set<String> endpoints, RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        for (String pattern : info.getPatternValues()) {
            if (methods.isEmpty()) {
                endpoints.add("ANY " + pattern);
            }
            for (RequestMethod method : methods) {
                endpoints.add(method.name() + " " + pattern);
            }
        }
    }
}
