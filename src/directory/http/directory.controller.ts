import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { QueryEndpoint } from '../../http/query-endpoint.decorator';
import { ProjectionQuery } from '../../projections/http/projection-query.decorator';
import { DirectoryProjection } from '../directory.projection';
import { DirectoryReader } from '../directory-reader';
import { ArtistPage, PartnerPage, PartnershipPage, PathwayPage, SchoolPage } from './directory-items.dto';
import { ArtistListQuery, PartnerListQuery, PartnershipListQuery, PathwayListQuery, SchoolListQuery } from './directory-query.dto';

const PAGING = 'Sorted by name (case- and accent-insensitively), then id. `{ items, nextCursor }`: pass `nextCursor` back as `cursor` for the '
  + 'next page (null on the last one). A bad `limit`, `cursor` or filter value is a 400. Answered from the `directory` projection.';

/**
 * The directory: paginated, filterable list/search routes over artists, partners, schools, partnerships and pathways,
 * each row carrying what a list shows (no request per row). Every role may read them. `GET /<kind>/{id}` stays with
 * each context's own controller; these are the routes without an id.
 */
@ApiTags('directory')
@Controller()
export class DirectoryController {
  constructor(private readonly directory: DirectoryReader) {}

  @Get('artists')
  @QueryEndpoint({ summary: 'Teaching artists: search by name or id; filter by LEA, partner, and whether they may work today', description: PAGING, minPosition: true, type: ArtistPage })
  @ProjectionQuery(DirectoryProjection.NAME)
  artists(@Query() query: ArtistListQuery): ArtistPage {
    return this.directory.artists(query);
  }

  @Get('partners')
  @QueryEndpoint({ summary: 'Partners: search by name or id; filter by LEA and roster status today', description: PAGING, minPosition: true, type: PartnerPage })
  @ProjectionQuery(DirectoryProjection.NAME)
  partners(@Query() query: PartnerListQuery): PartnerPage {
    return this.directory.partners(query);
  }

  @Get('schools')
  @QueryEndpoint({ summary: 'Schools: search by name or id; filter by LEA and level', description: PAGING, minPosition: true, type: SchoolPage })
  @ProjectionQuery(DirectoryProjection.NAME)
  schools(@Query() query: SchoolListQuery): SchoolPage {
    return this.directory.schools(query);
  }

  @Get('partnerships')
  @QueryEndpoint({ summary: 'Partnerships: search by name or id; filter by LEA and status', description: PAGING, minPosition: true, type: PartnershipPage })
  @ProjectionQuery(DirectoryProjection.NAME)
  partnerships(@Query() query: PartnershipListQuery): PartnershipPage {
    return this.directory.partnerships(query);
  }

  @Get('pathways')
  @QueryEndpoint({ summary: 'Pathways: search by name or id; filter by LEA and art form', description: PAGING, minPosition: true, type: PathwayPage })
  @ProjectionQuery(DirectoryProjection.NAME)
  pathways(@Query() query: PathwayListQuery): PathwayPage {
    return this.directory.pathways(query);
  }
}
