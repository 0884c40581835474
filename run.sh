#!/usr/bin/env bash
# Sets up everything and runs PromoMonth: PostgreSQL, RabbitMQ, Redis, four services and the gateway, under Aspire.
# Data is kept in .state/ (or Infrastructure__StateDirectory) between runs. Ctrl+C stops it all.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
echo
echo "PromoMonth gateway:  http://localhost:${Gateway__Port:-5080}   (API reference: http://localhost:${Gateway__Port:-5080}/docs)"
echo "Aspire dashboard:    http://localhost:15888   (the login link with its token is printed below)"
echo
exec dotnet run --project AppHost --no-build --launch-profile http
