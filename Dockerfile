# Minimal image for aruba-noc-mcp: build the Native AOT binary with the .NET SDK, run it from a distroless
# glibc image that holds nothing else. Use it over stdio:  docker run -i --rm -e ARUBA_REGION=de2 ... IMAGE
#
# Build stage: the SDK image plus a C toolchain for the native link.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends clang zlib1g-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN ./publish.sh linux-x64

# Run stage: glibc, CA certificates and OpenSSL (loaded at run time for HTTPS to Central), no shell.
FROM gcr.io/distroless/base-debian12:nonroot
COPY --from=build /src/artifacts/linux-x64/aruba-noc-mcp /usr/local/bin/aruba-noc-mcp
USER nonroot
ENTRYPOINT ["/usr/local/bin/aruba-noc-mcp"]
