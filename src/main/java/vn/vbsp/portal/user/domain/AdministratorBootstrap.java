package vn.vbsp.portal.user.domain;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** VBSP_ADMIN_PASSWORD=… makes sure user {@code admin} exists with that password at start-up. */
@Component
@Order(10)
class AdministratorBootstrap implements ApplicationRunner {

    private final UserAccountService accounts;
    private final String password;

    AdministratorBootstrap(UserAccountService accounts, @Value("${vbsp.admin-password:}") String password) {
        this.accounts = accounts;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!password.isBlank()) {
            accounts.ensureAdministrator(password);
        }
    }
}
