package org.liaison.directory.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;

import org.liaison.directory.Node;
import org.liaison.directory.NodeId;
import org.liaison.directory.NodeStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The federation's nodes. */
@Repository
public class Nodes {

    private static final String SELECT = "select id, country, base_url, public_jwk, status from node";

    private final JdbcClient jdbc;

    Nodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Node> all() {
        return jdbc.sql(SELECT + " order by id").query(Nodes::map).list();
    }

    public Optional<Node> find(NodeId id) {
        return jdbc.sql(SELECT + " where id = ?").param(id.value()).query(Nodes::map).optional();
    }

    /** Inserts unless the node exists (another instance may register it at the same moment). */
    public boolean insertIfAbsent(Node node) {
        return jdbc.sql("""
                insert into node (id, country, base_url, public_jwk, status)
                values (:id, :country, :url, :jwk, :status)
                on conflict (id) do nothing
                """)
                .param("id", node.id().value()).param("country", node.country()).param("url", node.baseUrl())
                .param("jwk", node.publicJwk(), Types.VARCHAR).param("status", node.status().name())
                .update() == 1;
    }

    public int update(Node node) {
        return jdbc.sql("""
                update node set base_url = :url, public_jwk = :jwk, status = :status, updated_at = now()
                where id = :id
                """)
                .param("id", node.id().value()).param("url", node.baseUrl())
                .param("jwk", node.publicJwk(), Types.VARCHAR).param("status", node.status().name())
                .update();
    }

    private static Node map(ResultSet rs, int row) throws SQLException {
        return new Node(NodeId.of(rs.getString("id")), rs.getString("country"), rs.getString("base_url"),
                rs.getString("public_jwk"), NodeStatus.valueOf(rs.getString("status")));
    }
}
