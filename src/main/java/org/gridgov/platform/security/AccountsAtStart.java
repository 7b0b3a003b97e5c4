package org.gridgov.platform.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code admin} account exists from the first start (password from {@code GRIDGOV_ADMIN_PASSWORD},
 * or generated and printed once); with demo data on, one user per role for Zibo's 沣水镇.
 */
@Singleton
public class AccountsAtStart implements ApplicationEventListener<StartupEvent> {

    public static final String DEMO_PASSWORD = "gridgov-demo";
    private static final Logger LOG = LoggerFactory.getLogger(AccountsAtStart.class);

    private final Users users;
    private final UserDirectory directory;
    private final String adminPassword;
    private final boolean demo;

    public AccountsAtStart(Users users, UserDirectory directory,
                           @Value("${gridgov.admin.password:}") String adminPassword,
                           @Value("${gridgov.demo.enabled:false}") boolean demo) {
        this.users = users;
        this.directory = directory;
        this.adminPassword = adminPassword;
        this.demo = demo;
    }

    @Override
    @Transactional
    public void onApplicationEvent(StartupEvent event) {
        if (!users.existsById("admin")) {
            String password = adminPassword == null || adminPassword.isBlank() ? generated() : adminPassword;
            directory.create("admin", password, Role.ADMIN, List.of(), "Administrator");
            if (adminPassword == null || adminPassword.isBlank()) {
                LOG.warn("Created user 'admin' with the generated password: {}  (shown once; set GRIDGOV_ADMIN_PASSWORD to choose it)", password);
            } else {
                LOG.info("Created user 'admin' with the password from GRIDGOV_ADMIN_PASSWORD");
            }
        }
        if (demo) {
            demoUser("worker", Role.WORKER, List.of("370303102001001", "370303102001002"), "王伟 (网格员)");
            demoUser("dispatcher", Role.DISPATCHER, List.of("CGJ"), "城市管理局调度员");
            demoUser("township", Role.TOWNSHIP, List.of("370303102"), "沣水镇综治中心");
            demoUser("reform", Role.REFORM_OFFICE, List.of(), "市改革办");
        }
    }

    private void demoUser(String username, Role role, List<String> scope, String name) {
        if (!users.existsById(username)) {
            directory.create(username, DEMO_PASSWORD, role, scope, name);
            LOG.info("Created demo user '{}' ({})", username, role);
        }
    }

    private static String generated() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
