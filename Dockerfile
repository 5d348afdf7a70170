# syntax=docker/dockerfile:1
# Worker image of smishwall: `smishwall worker` serving /metrics and /healthz on port 6066.
#   docker build -t smishwall:0.1.0 .
ARG PYTHON_VERSION=3.11

FROM python:${PYTHON_VERSION}-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
# A C compiler for the engine's compiled modules (setup.py; without one the engine runs from
# its Python sources, about a quarter slower).
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*
RUN python -m venv /opt/smishwall
ENV PATH=/opt/smishwall/bin:$PATH
WORKDIR /src
COPY pyproject.toml setup.py README.md ./
COPY rules ./rules
COPY streams ./streams
RUN pip install --upgrade pip && pip install .

FROM python:${PYTHON_VERSION}-slim-bookworm
LABEL org.opencontainers.image.title="smishwall" \
      org.opencontainers.image.description="SMS firewall worker: screens inbound SMS on Kafka" \
      org.opencontainers.image.licenses="Apache-2.0"
RUN groupadd --system --gid 10001 smishwall \
    && useradd --system --uid 10001 --gid smishwall --home-dir /var/lib/smishwall \
       --create-home --shell /usr/sbin/nologin smishwall
COPY --from=build /opt/smishwall /opt/smishwall
# Listen on all interfaces inside the container so Prometheus can scrape the worker; the port
# is the same in every replica because each container has its own network namespace.
ENV PATH=/opt/smishwall/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    SMISHWALL_WEB_HOST=0.0.0.0 \
    SMISHWALL_WEB_PORT=6066 \
    SMISHWALL_DATA_DIR=/var/lib/smishwall/data
USER smishwall
WORKDIR /var/lib/smishwall
EXPOSE 6066
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ['SMISHWALL_WEB_PORT'], timeout=2)"]
ENTRYPOINT ["smishwall"]
CMD ["worker"]
