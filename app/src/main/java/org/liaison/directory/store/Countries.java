package org.liaison.directory.store;

import java.util.List;

import org.liaison.directory.Country;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The countries the directory knows; reference data from the migrations. */
@Repository
public class Countries {

    private final JdbcClient jdbc;

    Countries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Country> all() {
        return jdbc.sql("select code, name, native_name from country order by code")
                .query((rs, n) -> new Country(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    boolean exists(String code) {
        return jdbc.sql("select count(*) from country where code = ?").param(code).query(Long.class).single() > 0;
    }
}
