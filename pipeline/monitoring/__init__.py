"""Operations: Prometheus metrics, health and readiness, the status page, structured logs."""
