# The newsevents worker image (used by docker-compose.yml).

# Build stage: the stage modules compiled by mypyc (DEVELOPERS.md, "Compiled stages"), packed
# with their build manifest into a wheel.
FROM python:3.11-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends gcc libc6-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pyproject.toml constraints.txt README.md ./
COPY pipeline ./pipeline
COPY schemas ./schemas
COPY scripts/compile_stages.py ./scripts/
RUN pip install --no-cache-dir -c constraints.txt -e . mypy \
 && python scripts/compile_stages.py \
 && pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

FROM python:3.11-slim
WORKDIR /app
COPY constraints.txt ./
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir -c constraints.txt /wheels/*.whl \
 && rm -rf /wheels \
 && useradd --create-home --uid 10001 newsevents
USER newsevents
ENV NEWSEVENTS_DATA_DIR=/home/newsevents/data
EXPOSE 6066
ENTRYPOINT ["newsevents"]
CMD ["worker"]
