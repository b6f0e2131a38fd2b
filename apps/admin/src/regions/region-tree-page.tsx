import type { Role } from '@berdaya/empowerment';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Card,
  CardContent,
  LinearProgress,
  List,
  ListItem,
  ListItemText,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { Button, Link, Title, useGetList, usePermissions, useTranslate } from 'react-admin';
import type { Region } from './region';
import { RegionTreeNode } from './region-tree-node';

const SEARCH_DELAY_MS = 300;

const useDebounced = (value: string) => {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return debounced;
};

const Provinces = () => {
  const translate = useTranslate();
  const { data, isPending } = useGetList<Region>('regions', {
    filter: { level: 'province' },
    sort: { field: 'code', order: 'ASC' },
    pagination: { page: 1, perPage: 1000 },
  });
  if (isPending) return <LinearProgress aria-label={translate('berdaya.regions.tree.loading')} />;
  if (!data?.length)
    return <Alert severity="info">{translate('berdaya.regions.tree.empty')}</Alert>;
  return (
    <List component="ul" dense aria-label={translate('berdaya.regions.tree.label')}>
      {data.map((region) => (
        <RegionTreeNode key={region.id} region={region} depth={0} />
      ))}
    </List>
  );
};

const SearchResults = ({ q }: { q: string }) => {
  const translate = useTranslate();
  const { data, isPending } = useGetList<Region>('regions', {
    filter: { q },
    sort: { field: 'code', order: 'ASC' },
    pagination: { page: 1, perPage: 50 },
  });
  if (isPending) return <LinearProgress aria-label={translate('berdaya.regions.tree.loading')} />;
  if (!data?.length) {
    return <Alert severity="info">{translate('berdaya.regions.tree.no_results', { q })}</Alert>;
  }
  return (
    <List component="ul" dense aria-label={translate('berdaya.regions.tree.results', { q })}>
      {data.map((region) => (
        <ListItem key={region.id}>
          <ListItemText
            primary={region.name}
            secondary={`${region.code} · ${translate(`berdaya.regions.levels.${region.level}`)}`}
          />
        </ListItem>
      ))}
    </List>
  );
};

/** The regions as a tree opened level by level, or the regions a search finds. */
const RegionTreePage = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Role>();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const title = translate('resources.regions.name', { smart_count: 2 });

  return (
    <>
      <Title title={title} />
      <Card sx={{ mt: 2 }}>
        <CardContent>
          <Stack
            direction={{ xs: 'column', sm: 'row' }}
            spacing={2}
            sx={{ mb: 2, alignItems: { sm: 'center' }, justifyContent: 'space-between' }}
          >
            <Typography component="h1" variant="h5">
              {title}
            </Typography>
            {permissions === 'admin' && (
              <Button
                component={Link}
                to="/regions/import"
                label="berdaya.regions.import.action"
                variant="outlined"
              >
                <UploadFileIcon />
              </Button>
            )}
          </Stack>
          <TextField
            type="search"
            label={translate('berdaya.regions.tree.search')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            size="small"
            fullWidth
            sx={{ mb: 1, maxWidth: 480 }}
          />
          {q ? <SearchResults q={q} /> : <Provinces />}
        </CardContent>
      </Card>
    </>
  );
};

export default RegionTreePage;
