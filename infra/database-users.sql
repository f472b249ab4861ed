-- The application's database users, one per tier and one for schema changes; run as the Aurora master user by
-- infra/bin/database-users <stage>, once per stage and again whenever a password secret changes (idempotent).
-- ${...} are the passwords from Secrets Manager (letters and digits only), filled in by that script.
--
--   beanpress_web        web tier's pool: rows of the schema's tables, nothing else
--   beanpress_worker     worker tier's pool: the same, as its own user (own connection limit, own audit trail)
--   beanpress_migration  Flyway (spring.flyway.user, both tiers' migration step): the schema's DDL and its history
--
-- None may grant, none has a privilege outside schema beanpress, and every connection must use TLS (the cluster
-- also sets require_secure_transport). The master user stays with the operators.

CREATE USER IF NOT EXISTS 'beanpress_web'@'%' IDENTIFIED BY '${WEB_PASSWORD}' REQUIRE SSL;
ALTER USER 'beanpress_web'@'%' IDENTIFIED BY '${WEB_PASSWORD}' REQUIRE SSL;
GRANT SELECT, INSERT, UPDATE, DELETE ON beanpress.* TO 'beanpress_web'@'%';

CREATE USER IF NOT EXISTS 'beanpress_worker'@'%' IDENTIFIED BY '${WORKER_PASSWORD}' REQUIRE SSL;
ALTER USER 'beanpress_worker'@'%' IDENTIFIED BY '${WORKER_PASSWORD}' REQUIRE SSL;
GRANT SELECT, INSERT, UPDATE, DELETE ON beanpress.* TO 'beanpress_worker'@'%';

CREATE USER IF NOT EXISTS 'beanpress_migration'@'%' IDENTIFIED BY '${MIGRATION_PASSWORD}' REQUIRE SSL;
ALTER USER 'beanpress_migration'@'%' IDENTIFIED BY '${MIGRATION_PASSWORD}' REQUIRE SSL;
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, CREATE VIEW, SHOW VIEW, TRIGGER,
  LOCK TABLES ON beanpress.* TO 'beanpress_migration'@'%';
