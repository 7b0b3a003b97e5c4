package org.gridgov.platform.roles;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.BeanDefinition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The role gate on each service's package reaches every bean below it: a process running only
 * dispatch registers dispatch's beans (sub-packages, factories and repositories included) and not
 * one bean of the five services that are off.
 */
class RoleGateIT {

    @Test
    void aRoleThatIsOffRegistersNoneOfItsBeans() {
        Map<String, Object> properties = new HashMap<>(Roles.parse("dispatch").asProperties());
        properties.put("gridgov.dispatch.scheduler.enabled", "false");
        properties.put("datasources.default.maximum-pool-size", "2");
        try (ApplicationContext context = ApplicationContext.builder().environments("test")
                .properties(properties).start()) {
            List<String> beans = context.getAllBeanDefinitions().stream()
                    .map(BeanDefinition::getBeanType)
                    .map(Class::getName)
                    // an intercepted bean's type is generated beside it: $CaseController$Definition$Intercepted
                    .map(name -> name.replaceAll("\\$Definition\\$Intercepted$|\\$Intercepted$", "").replace(".$", "."))
                    .toList();

            assertThat(beans).filteredOn(name -> name.startsWith("org.gridgov.dispatch."))
                    .as("dispatch runs: its controller, listener, store and repositories are beans")
                    .contains("org.gridgov.dispatch.web.CaseController",
                            "org.gridgov.dispatch.messaging.RoutingListener",
                            "org.gridgov.dispatch.persistence.CaseStore",
                            "org.gridgov.dispatch.persistence.CaseRows");
            for (String off : List.of("grid", "intake", "routing", "dashboard", "registry")) {
                assertThat(beans).as("beans of the %s role, which is off", off)
                        .noneMatch(name -> name.startsWith("org.gridgov." + off + "."));
            }
        }
    }
}
