import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** OpenAPI at /docs (UI) and /docs-json (document), public, with the bearer scheme every other route needs. */
export function setUpOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, buildOpenApiDocument(app), { jsonDocumentUrl: 'docs-json', yamlDocumentUrl: 'docs-yaml' });
}

/** The OpenAPI document of the app's routes: served at /docs-json, and the source of the console's typed client. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Partnership Ledger')
    .setDescription(
      'Event-sourced ledger of school–community arts partnerships. Commands are POSTs answering { id, streamId, revision, position } ' +
        'with an ETag; errors are application/problem+json. Roles: admin, compliance, operations, reporting (read-only).',
    )
    .setVersion('0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API key (see DATA_DIR/api-keys.json on a first start)' })
    .build();
  return SwaggerModule.createDocument(app, config);
}
