package vn.tongket;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application context starts on the active profile (test: H2 in memory; test,mysql: the real server). */
@SpringBootTest
class ApplicationIT {

    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void contextStarts_withFlywaySchemaAndAdministrator() {
        assertThat(engine.getName()).isEqualTo("default");
        assertThat(jdbc.queryForObject("select count(*) from org_unit", Integer.class)).isNotNull();
        assertThat(identityService.checkPassword("admin", "admin-test")).isTrue();
        assertThat(identityService.createGroupQuery().groupMember("admin").groupId("camunda-admin").count()).isEqualTo(1);
    }
}
