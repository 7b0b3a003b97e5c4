// The icons the side menu may show, named by the routes' meta.icon. A route's icon is a name (the
// router stays free of components); a name missing here shows a neutral icon instead of nothing.
import { Calendar, Collection, DataAnalysis, Histogram, Location, Medal, Message, Share, Tickets, Trophy, Upload, User, Menu } from '@element-plus/icons-vue';

const ICONS = { Calendar, Collection, DataAnalysis, Histogram, Location, Medal, Message, Share, Tickets, Trophy, Upload, User };

export function menuIcon(name) {
  return ICONS[name] || Menu;
}
