# The newsevents worker image (used by docker-compose.yml).
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml constraints.txt README.md ./
COPY pipeline ./pipeline
COPY schemas ./schemas
RUN pip install --no-cache-dir -c constraints.txt . \
 && useradd --create-home --uid 10001 newsevents
USER newsevents
ENV NEWSEVENTS_DATA_DIR=/home/newsevents/data
EXPOSE 6066
ENTRYPOINT ["newsevents"]
CMD ["worker"]
